export { sameId, toId15 } from '../core/ids';
