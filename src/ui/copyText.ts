// Copies text, falling back to selecting it when the Clipboard API is missing or refused (a
// sandboxed frame, an insecure origin, a browser without permission). Never throws.
export type CopyResult = "copied" | "selected";

export async function copyText(
  text: string,
  fallbackField?: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<CopyResult> {
  try {
    await navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    // Fall through to the selection, which the user can copy with Ctrl+C.
  }
  if (fallbackField) {
    fallbackField.focus();
    fallbackField.select();
    try {
      if (document.execCommand?.("copy")) return "copied";
    } catch {
      // Selected, at least.
    }
  }
  return "selected";
}
