/** A compare-and-set save found another version in Redis: someone else wrote first. */
export class VersionConflictError extends Error {
  constructor(
    readonly caseId: string,
    readonly currentVersions: { conversation: number; orchestration: number },
  ) {
    super(
      `Case ${caseId} changed concurrently (stored versions: conversation ${currentVersions.conversation}, orchestration ${currentVersions.orchestration})`,
    );
    this.name = VersionConflictError.name;
  }
}
