export function ServiceFormPage() {
  return null;
}
