<?php
/**
 * Title: Mer från bloggen
 * Slug: lumen/more-posts
 * Categories: lumen
 * Block Types: core/query
 * Inserter: no
 *
 * A full-width band with three other recent posts. The query carries the
 * custom key "lumenExcludeCurrent", read by lumen_exclude_current_post() in
 * functions.php to leave out the post being read.
 *
 * @package Lumen
 * @since 1.0.0
 */

?>
<!-- wp:group {"align":"full","className":"lumen-more-posts","backgroundColor":"surface","style":{"spacing":{"padding":{"top":"var:preset|spacing|60","bottom":"var:preset|spacing|60"},"margin":{"top":"var:preset|spacing|70"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull lumen-more-posts has-surface-background-color has-background" style="margin-top:var(--wp--preset--spacing--70);padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)"><!-- wp:group {"align":"wide","style":{"spacing":{"blockGap":"var:preset|spacing|50"}},"layout":{"type":"default"}} -->
<div class="wp-block-group alignwide"><!-- wp:heading {"fontSize":"x-large"} -->
<h2 class="has-x-large-font-size"><?php echo esc_html__( 'Mer från bloggen', 'lumen' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:query {"queryId":7,"query":{"perPage":3,"pages":0,"offset":0,"postType":"post","order":"desc","orderBy":"date","author":"","search":"","exclude":[],"sticky":"","inherit":false,"lumenExcludeCurrent":true},"displayLayout":{"type":"flex","columns":3}} -->
<div class="wp-block-query"><!-- wp:post-template -->
<!-- wp:post-featured-image {"isLink":true,"height":"200px","sizeSlug":"medium_large"} /-->

<!-- wp:post-date {"format":"j F Y","fontSize":"x-small"} /-->

<!-- wp:post-title {"level":3,"isLink":true,"fontSize":"large"} /-->
<!-- /wp:post-template --></div>
<!-- /wp:query --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->
