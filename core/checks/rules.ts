import { rackBoundsRule, trayBoundsRule } from './bounds.js';
import { aisleRule } from './aisle.js';
import { coolingCduRule, coolingRackRule } from './cooling.js';
import { feedPowerRule } from './feed-power.js';
import { floorLoadRule } from './floor-load.js';
import { lpoHostRule } from './lpo-host.js';
import { noMediaRule } from './no-media.js';
import { portCompatRule } from './port-compat.js';
import { portReuseRule } from './port-reuse.js';
import { rackPowerRule } from './rack-power.js';
import { reachRule } from './reach.js';
import { trayFillRule } from './tray-fill.js';
import { trayLoadRule } from './tray-load.js';
import type { Rule } from './types.js';
import { channelLossRule } from './channel-loss.js';
import { connectorCountRule } from './connector-count.js';
import { legOrderRule } from './leg-order.js';
import { panelPortReuseRule } from './panel-port-reuse.js';
import { polarityRule } from './polarity.js';
import { trunkCapacityRule } from './trunk-capacity.js';
import { unroutableRule } from './unroutable.js';
import { uSpaceRule } from './u-space.js';

export const RULES: readonly Rule[] = [
  reachRule,
  portCompatRule,
  portReuseRule,
  rackPowerRule,
  feedPowerRule,
  uSpaceRule,
  trayFillRule,
  unroutableRule,
  noMediaRule,
  lpoHostRule,
  channelLossRule,
  connectorCountRule,
  polarityRule,
  trunkCapacityRule,
  panelPortReuseRule,
  legOrderRule,
  rackBoundsRule,
  trayBoundsRule,
  coolingRackRule,
  coolingCduRule,
  floorLoadRule,
  trayLoadRule,
  aisleRule,
];
