<?php
/**
 * Title: Kommentarer
 * Slug: lumen/comments
 * Categories: lumen
 * Inserter: no
 *
 * The discussion under a post or page: the number of comments, the threaded
 * comment list, comment pagination and the comment form.
 *
 * Each comment is laid out as a row: the avatar on the left, and on the right
 * a meta line (author, date, edit link), the comment text and the reply link.
 * Replies are nested lists inside their parent comment's list item.
 *
 * @package Lumen
 * @since 1.0.0
 */

?>
<!-- wp:comments {"className":"lumen-comments","style":{"spacing":{"margin":{"top":"var:preset|spacing|60"},"padding":{"top":"var:preset|spacing|50"}}}} -->
<div class="wp-block-comments lumen-comments" style="margin-top:var(--wp--preset--spacing--60);padding-top:var(--wp--preset--spacing--50)"><!-- wp:comments-title {"showPostTitle":false} /-->

<!-- wp:comment-template -->
<!-- wp:group {"className":"lumen-comment","style":{"spacing":{"blockGap":"var:preset|spacing|40"}},"layout":{"type":"flex","flexWrap":"nowrap","verticalAlignment":"top"}} -->
<div class="wp-block-group lumen-comment"><!-- wp:avatar {"size":48,"style":{"border":{"radius":"50%"}}} /-->

<!-- wp:group {"className":"lumen-comment__body","layout":{"type":"default"}} -->
<div class="wp-block-group lumen-comment__body"><!-- wp:group {"className":"lumen-comment__meta","style":{"spacing":{"blockGap":{"top":"0.25rem","left":"0.75rem"}}},"layout":{"type":"flex","flexWrap":"wrap"}} -->
<div class="wp-block-group lumen-comment__meta"><!-- wp:comment-author-name /-->

<!-- wp:comment-date {"format":"<?php echo esc_html_x( 'j F Y, H:i', 'comment date format, see https://wordpress.org/support/article/formatting-date-and-time/', 'lumen' ); ?>"} /-->

<!-- wp:comment-edit-link /--></div>
<!-- /wp:group -->

<!-- wp:comment-content /-->

<!-- wp:comment-reply-link /--></div>
<!-- /wp:group --></div>
<!-- /wp:group -->
<!-- /wp:comment-template -->

<!-- wp:comments-pagination {"paginationArrow":"arrow","layout":{"type":"flex","justifyContent":"space-between"}} -->
<!-- wp:comments-pagination-previous {"label":"<?php echo esc_html__( 'Äldre kommentarer', 'lumen' ); ?>"} /-->

<!-- wp:comments-pagination-numbers /-->

<!-- wp:comments-pagination-next {"label":"<?php echo esc_html__( 'Nyare kommentarer', 'lumen' ); ?>"} /-->
<!-- /wp:comments-pagination -->

<!-- wp:post-comments-form /--></div>
<!-- /wp:comments -->
