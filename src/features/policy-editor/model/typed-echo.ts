// Tells a text the user typed (coming back from the draft a render later) from a new text to push.
// Editor events reach React outside its event system, so a render may carry an older typed text
// while the editor is already ahead; pushing that echo would undo keystrokes.

export class TypedEcho {
  private typed: string[] = [];

  constructor(private readonly max = 64) {}

  /** The user changed the editor text to `text`. */
  typedText(text: string): void {
    this.typed = [...this.typed.slice(-(this.max - 1)), text];
  }

  /**
   * True when `incoming` is one of the typed texts (then it and older ones are forgotten and it
   * must not be pushed); false for a new text, which the caller pushes (the history is cleared).
   */
  isEcho(incoming: string): boolean {
    const i = this.typed.indexOf(incoming);
    if (i >= 0) {
      this.typed = this.typed.slice(i + 1);
      return true;
    }
    this.typed = [];
    return false;
  }
}
