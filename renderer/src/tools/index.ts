import type { ToolName } from '../store/ui.js';
import { drawCableTool } from './draw-cable.js';
import { drawTrayTool } from './draw-tray.js';
import { panTool } from './pan.js';
import { placeRackTool } from './place-rack.js';
import { selectTool } from './select.js';
import type { Tool } from './types.js';

export const TOOLS: Record<ToolName, Tool> = {
  select: selectTool,
  'place-rack': placeRackTool,
  'draw-tray': drawTrayTool,
  'draw-cable': drawCableTool,
  pan: panTool,
};
