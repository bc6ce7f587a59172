<?php
/**
 * Title: Bloggens rubrik
 * Slug: lumen/blog-heading
 * Categories: lumen
 * Inserter: no
 *
 * The heading at the top of the blog index.
 *
 * @package Lumen
 * @since 1.0.0
 */

?>
<!-- wp:group {"className":"lumen-archive-header","style":{"spacing":{"padding":{"bottom":"var:preset|spacing|40"},"margin":{"bottom":"var:preset|spacing|50"}}},"layout":{"type":"default"}} -->
<div class="wp-block-group lumen-archive-header" style="margin-bottom:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--40)"><!-- wp:heading {"level":1} -->
<h1><?php echo esc_html__( 'Senaste inläggen', 'lumen' ); ?></h1>
<!-- /wp:heading --></div>
<!-- /wp:group -->
