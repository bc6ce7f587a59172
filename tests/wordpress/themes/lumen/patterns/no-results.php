<?php
/**
 * Title: Inga inlägg
 * Slug: lumen/no-results
 * Categories: lumen
 * Inserter: no
 *
 * Shown inside the Query No Results block of the blog and archive templates.
 *
 * @package Lumen
 * @since 1.0.0
 */

?>
<!-- wp:group {"className":"lumen-no-results","layout":{"type":"default"}} -->
<div class="wp-block-group lumen-no-results"><!-- wp:heading {"level":2,"fontSize":"large"} -->
<h2 class="has-large-font-size"><?php echo esc_html__( 'Här finns inga inlägg ännu', 'lumen' ); ?></h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Det finns inget publicerat här just nu. Titta gärna in igen lite senare, eller sök efter det du letar efter.', 'lumen' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:search {"label":"<?php echo esc_html_x( 'Sök', 'search form label', 'lumen' ); ?>","showLabel":false,"placeholder":"<?php echo esc_html_x( 'Sök på bloggen …', 'search form placeholder', 'lumen' ); ?>","buttonText":"<?php echo esc_html_x( 'Sök', 'search button text', 'lumen' ); ?>"} /--></div>
<!-- /wp:group -->
