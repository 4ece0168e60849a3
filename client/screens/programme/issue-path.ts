/**
 * The paths of the programme's rule findings and refusals (`targets[0].activities[1].unit`,
 * `proposal.03`), walked up to the part of the editor that holds them (pure; unit tested).
 */

/** `targets[0].indicators[1].unit` → `targets[0].indicators[1]` → `targets[0].indicators` → `targets[0]` → … → ''. */
export function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}

/** The path and each enclosing one, nearest first: the places the rule panel looks for a field. */
export function pathsUp(path: string): string[] {
  const paths: string[] = [];
  for (let rest = path; rest !== ''; rest = parentPath(rest)) paths.push(rest);
  return paths;
}
