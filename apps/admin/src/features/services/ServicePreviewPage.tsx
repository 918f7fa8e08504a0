export function ServicePreviewPage() {
  return null;
}
