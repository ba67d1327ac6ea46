import { useEffect, useRef, useState } from 'preact/hooks';
import { ACCEPT_ATTRIBUTE, LIMITS_TEXT } from '../../utils/options/limits';
import { filesFromDrop } from '../../utils/options/files';

/** Props of {@link FileDrop}. */
export interface FileDropProps {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}

/**
 * The drop zone: drop files or folders, or use the buttons (files; a whole folder). The accepted types and
 * size limits are written right under it.
 */
export function FileDrop({ onFiles, disabled }: FileDropProps) {
  const [over, setOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const depth = useRef(0);

  useEffect(() => {
    // Not in JSX typings: the folder picker flag.
    if (folderInput.current) folderInput.current.webkitdirectory = true;
  }, []);

  const take = (list: FileList | null, input: HTMLInputElement | null) => {
    const files = list ? Array.from(list) : [];
    if (input) input.value = '';
    if (files.length) onFiles(files);
  };

  return (
    <section
      class={`op-drop ${over ? 'op-drop-over' : ''} ${disabled ? 'op-drop-disabled' : ''}`}
      aria-labelledby="op-drop-title"
      aria-describedby="op-drop-limits"
      data-testid="drop-zone"
      onDragEnter={(e) => {
        e.preventDefault();
        depth.current++;
        if (!disabled) setOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (!depth.current) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        if (disabled || !e.dataTransfer) return;
        void filesFromDrop(e.dataTransfer).then((files) => files.length && onFiles(files));
      }}
    >
      <div class="op-drop-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">
          <path d="M12 15V4m0 0-4 4m4-4 4 4" />
          <path d="M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
        </svg>
      </div>
      <h3 id="op-drop-title" class="op-drop-title">
        Drop articles here
      </h3>
      <p class="op-drop-sub">Many files at once, or a whole folder.</p>
      <div class="op-drop-buttons">
        <button type="button" class="op-btn op-btn-primary" disabled={disabled} onClick={() => fileInput.current?.click()}>
          Choose files…
        </button>
        <button type="button" class="op-btn" disabled={disabled} onClick={() => folderInput.current?.click()}>
          Choose a folder…
        </button>
      </div>
      <p id="op-drop-limits" class="op-drop-limits">
        {LIMITS_TEXT}
      </p>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        class="op-visually-hidden"
        tabIndex={-1}
        aria-label="Choose files to import"
        data-testid="file-input"
        onChange={(e) => take(e.currentTarget.files, e.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        class="op-visually-hidden"
        tabIndex={-1}
        aria-label="Choose a folder to import"
        data-testid="folder-input"
        onChange={(e) => take(e.currentTarget.files, e.currentTarget)}
      />
    </section>
  );
}
