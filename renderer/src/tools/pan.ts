// Pan: drag the floor. (Space+drag and the middle button pan with any tool; see the floor view.)
import type { Tool } from './types.js';

export const panTool: Tool = { cursor: 'grab' };
