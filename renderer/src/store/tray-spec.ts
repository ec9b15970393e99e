export interface TraySpec {
  heightMm: number;
  widthMm: number;
  depthMm: number;
}

/** 300 mm wide, 100 mm deep ladder tray with its bottom 2.7 m above the floor (400 mm above a 2.3 m rack top). */
export const DEFAULT_TRAY: TraySpec = { heightMm: 2700, widthMm: 300, depthMm: 100 };
