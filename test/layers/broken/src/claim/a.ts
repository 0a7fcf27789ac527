// a and b import each other: the cycle the rule must refuse.
import { b } from './b.js';
export const a = (): number => b() + 1;
