import { useState } from 'react';

/** Copies a link to the current state; says so, or shows the link to copy by hand. */
export function CopyLink({ href, label = 'Copy link' }: { href: () => string; label?: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [shown, setShown] = useState('');
  const copy = async () => {
    const link = href();
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setShown(link);
      setStatus('failed');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Copy this link:' : ''}
      </span>
      {status === 'failed' && (
        <input
          readOnly
          value={shown}
          aria-label="Link to this view"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </span>
  );
}
