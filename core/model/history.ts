// What the undo history tells its readers (the API, the store in db/ that keeps it): one
// declaration, so the answer db/ gives is the type the contract promises.

/** The hall an undo step changed. */
export interface StepHall {
  id: number;
  name: string;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** The hall the next undo (redo) changes: the view goes there. */
  undoHall: StepHall | null;
  redoHall: StepHall | null;
  /** The question to ask before the next undo (redo) deletes or brings back a whole hall; null when none. */
  undoAsks: string | null;
  redoAsks: string | null;
}
