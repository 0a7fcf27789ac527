// An analysis reaching up into an adapter.
import { run } from '../cli/main.js';
export const audit = () => run();
