<?php
/**
 * Title: Sidfot med widgetkolumner
 * Slug: lumen/footer
 * Categories: lumen
 * Block Types: core/template-part/footer
 *
 * Site name and tagline, then latest posts, categories and archives in
 * columns, and a bottom line with the credit.
 *
 * @package Lumen
 * @since 1.0.0
 */

?>
<!-- wp:group {"align":"full","className":"lumen-site-footer","backgroundColor":"surface","style":{"spacing":{"padding":{"top":"var:preset|spacing|60","bottom":"var:preset|spacing|40"},"margin":{"top":"0px"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull lumen-site-footer has-surface-background-color has-background" style="margin-top:0px;padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--40)"><!-- wp:columns {"align":"wide","style":{"spacing":{"blockGap":{"top":"var:preset|spacing|50","left":"var:preset|spacing|50"}}}} -->
<div class="wp-block-columns alignwide"><!-- wp:column {"width":"34%"} -->
<div class="wp-block-column" style="flex-basis:34%"><!-- wp:site-title {"level":0} /-->

<!-- wp:site-tagline {"fontSize":"small"} /--></div>
<!-- /wp:column -->

<!-- wp:column {"width":"26%"} -->
<div class="wp-block-column" style="flex-basis:26%"><!-- wp:heading {"level":2,"className":"lumen-widget-title"} -->
<h2 class="lumen-widget-title"><?php echo esc_html__( 'Senaste inläggen', 'lumen' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:latest-posts {"postsToShow":4,"displayPostDate":true,"fontSize":"small"} /--></div>
<!-- /wp:column -->

<!-- wp:column {"width":"20%"} -->
<div class="wp-block-column" style="flex-basis:20%"><!-- wp:heading {"level":2,"className":"lumen-widget-title"} -->
<h2 class="lumen-widget-title"><?php echo esc_html__( 'Kategorier', 'lumen' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:categories {"fontSize":"small"} /--></div>
<!-- /wp:column -->

<!-- wp:column {"width":"20%"} -->
<div class="wp-block-column" style="flex-basis:20%"><!-- wp:heading {"level":2,"className":"lumen-widget-title"} -->
<h2 class="lumen-widget-title"><?php echo esc_html__( 'Arkiv', 'lumen' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:archives {"fontSize":"small"} /--></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->

<!-- wp:group {"align":"wide","className":"lumen-footer-bottom","style":{"spacing":{"padding":{"top":"var:preset|spacing|40"},"margin":{"top":"var:preset|spacing|60"}}},"fontSize":"x-small","layout":{"type":"flex","flexWrap":"wrap","justifyContent":"space-between"}} -->
<div class="wp-block-group alignwide lumen-footer-bottom has-x-small-font-size" style="margin-top:var(--wp--preset--spacing--60);padding-top:var(--wp--preset--spacing--40)"><!-- wp:site-title {"level":0,"isLink":false,"fontSize":"x-small"} /-->

<!-- wp:paragraph -->
<p><?php
/* translators: %s: WordPress (linked to wordpress.org). */
printf( esc_html__( 'Drivs med %s', 'lumen' ), '<a href="' . esc_url( __( 'https://wordpress.org', 'lumen' ) ) . '" rel="nofollow">WordPress</a>' );
?></p>
<!-- /wp:paragraph --></div>
<!-- /wp:group --></div>
<!-- /wp:group -->
