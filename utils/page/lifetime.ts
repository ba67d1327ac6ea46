/**
 * A content-script context that only the extension can end.
 *
 * WXT's own `ContentScriptContext` invalidates itself when the document receives a CustomEvent named
 * `<extension-id>:<entrypoint>:wxt:content-script-started` from another "instance" — and any page script can
 * dispatch that event (the name is the extension id plus a fixed suffix, and WXT also posts it to the page with
 * `window.postMessage`). A page could so switch ClaimLens off. This context ignores that event: it ends only
 * when the extension's runtime is really gone (reloaded or updated — `browser.runtime.id` is then undefined) or
 * when ClaimLens ends it. Everything with a lifetime (listeners, the shadow-root UI) hangs off it.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A {@link ContentScriptContext} that neither announces itself nor listens for page-forgeable announcements. */
export class OwnedContext extends ContentScriptContext {
  /** No "started" event: nothing older to stop (the entry context already did), and no id to leak. */
  override stopOldScripts(): void {}
  /** No listener for "a newer script started": a page can dispatch that event. */
  override listenForNewerScripts(): void {}
}

/** True while the extension that injected this script is still installed and running. */
export function runtimeAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * The context ClaimLens runs on, derived from WXT's entry context: when WXT says "invalidated", the owned
 * context follows only if the runtime is really gone; a forged event is reported to `onForged` and ignored.
 */
export function ownContext(entry: ContentScriptContext, name: string, onForged: () => void = () => undefined): OwnedContext {
  const own = new OwnedContext(name, entry.options);
  entry.onInvalidated(() => {
    if (runtimeAlive()) onForged();
    else own.notifyInvalidated();
  });
  return own;
}
