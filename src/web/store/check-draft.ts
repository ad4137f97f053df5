import type { FlowDraft } from '../../core/flow.ts';
import { deleteKv, getKv, putKv } from './db.ts';

/** Where the check keeps its answers as they are given (screens/check.tsx), so a reload loses nothing. */
const DRAFT = 'checkDraft';
/** The id of the current episode the person chose to close with this check: a new episode is never silent. */
const CLOSES = 'checkClosesEpisode';

/** The check left halfway, if any, and the episode it will close. */
export async function readCheckDraft(): Promise<{ draft?: FlowDraft; closes?: string }> {
  const [draft, closes] = await Promise.all([getKv<FlowDraft>(DRAFT), getKv<string>(CLOSES)]);
  return { draft, closes };
}

export function saveCheckDraft(draft: FlowDraft): Promise<void> {
  return putKv(DRAFT, draft);
}

/** The person said this check is about new back pain: the current episode will be closed when it ends. */
export function markCheckCloses(episodeId: string): Promise<void> {
  return putKv(CLOSES, episodeId);
}

/** Starts the check again from its first question (the resume card's "start again"). */
export function discardCheckDraft(): Promise<void> {
  return deleteKv(DRAFT);
}

/** The check is done: its answers are in the episode, the draft goes. */
export async function endCheckDraft(): Promise<void> {
  await deleteKv(DRAFT);
  await deleteKv(CLOSES);
}
