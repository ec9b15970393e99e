// Whether the Audit panel's "Import a hall" section is open: Ctrl+I (and the desktop File menu's
// Import a Hall, which replays it) opens it from anywhere, without loading the panel's code first.
import { create } from 'zustand';
import { useUi } from './ui.js';

export const useHallImport = create<{ open: boolean }>()(() => ({ open: false }));

export function openHallImport(): boolean {
  useHallImport.setState({ open: true });
  useUi.getState().setActivePanel('audit');
  return true;
}
