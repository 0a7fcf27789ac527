// A folder no layer claims.
import { run } from '../cli/main.js';
export const x = run;
