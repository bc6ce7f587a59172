<?php
/**
 * Title: Inläggets byline
 * Slug: lumen/post-meta
 * Categories: lumen
 * Inserter: no
 *
 * Author ("Av …") and publication date, shown under the title of a post.
 *
 * @package Lumen
 * @since 1.0.0
 */

?>
<!-- wp:group {"className":"lumen-byline","style":{"spacing":{"blockGap":"0.75rem"}},"layout":{"type":"flex","flexWrap":"wrap","verticalAlignment":"center"}} -->
<div class="wp-block-group lumen-byline"><!-- wp:post-author {"avatarSize":32,"byline":"<?php echo esc_html_x( 'Av', 'byline before the author name', 'lumen' ); ?>"} /-->

<!-- wp:post-date {"format":"j F Y"} /--></div>
<!-- /wp:group -->
