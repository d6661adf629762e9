"""Comment threads of a review: Word's replies (commentsExtended.xml) joined to the
comment they answer, and replies to and resolutions of the draft's own comments (an
export with comments=True writes them; reading them back, they are not new comments)."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.model import Comment
from app.core.review.docx_marks import ReviewComment


@dataclass(frozen=True, slots=True)
class ThreadReply:
    """A reviewer's reply to one of the draft's own comments (exported with the draft)."""

    section_id: str
    comment_id: str
    reply: Comment


@dataclass(frozen=True, slots=True)
class Placed:
    """Where a comment of comments.xml went: a new comment, or one the draft has."""

    section_id: str
    comment: Comment
    existing: bool = False


def thread_replies(
    replies: list[ThreadReply],
    resolved: list[tuple[str, str]],
    placed_by_source: dict[str, Placed],
    comments: dict[str, ReviewComment],
    placed: set[str],
) -> None:
    """Replies (Word's threads) join the comment they answer, in order; a thread marked
    done is resolved. A reply to one of the draft's own comments, and its resolution,
    become `replies` / `resolved`. A reply to a comment that was not placed
    stays unplaced."""
    for comment_id, source in comments.items():
        root = source
        seen = {comment_id}
        while root.parent is not None and root.parent in comments and root.parent not in seen:
            seen.add(root.parent)
            root = comments[root.parent]
        target = placed_by_source.get(root.id)
        if target is None:
            continue
        reply = Comment(author=source.author, date=source.date, text=source.text)
        if target.existing:
            known = {(r.author, r.text.strip()) for r in target.comment.replies}
            known.add((target.comment.author, target.comment.text.strip()))
            if root is not source and (source.author, source.text) not in known:
                replies.append(ThreadReply(target.section_id, target.comment.id, reply))
            if source.done and not target.comment.resolved:
                pair = (target.section_id, target.comment.id)
                if pair not in resolved:
                    resolved.append(pair)
        else:
            if root is not source:
                target.comment.replies.append(reply)
            target.comment.resolved = target.comment.resolved or source.done
        placed.add(comment_id)
