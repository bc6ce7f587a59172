<?php
/**
 * Title: Sidan kunde inte hittas
 * Slug: lumen/hidden-404
 * Categories: lumen
 * Inserter: no
 *
 * Content of the 404 template.
 *
 * @package Lumen
 * @since 1.0.0
 */

?>
<!-- wp:group {"className":"lumen-404","layout":{"type":"default"}} -->
<div class="wp-block-group lumen-404"><!-- wp:paragraph {"className":"lumen-kicker","textColor":"accent"} -->
<p class="lumen-kicker has-accent-color has-text-color"><?php echo esc_html__( 'Fel 404', 'lumen' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:heading {"level":1} -->
<h1><?php echo esc_html__( 'Sidan kunde inte hittas', 'lumen' ); ?></h1>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p><?php echo esc_html__( 'Adressen kan vara felstavad, eller så har sidan flyttats eller tagits bort. Prova att söka, eller gå vidare till de senaste inläggen.', 'lumen' ); ?></p>
<!-- /wp:paragraph -->

<!-- wp:search {"label":"<?php echo esc_html_x( 'Sök', 'search form label', 'lumen' ); ?>","showLabel":false,"placeholder":"<?php echo esc_html_x( 'Sök på bloggen …', 'search form placeholder', 'lumen' ); ?>","buttonText":"<?php echo esc_html_x( 'Sök', 'search button text', 'lumen' ); ?>"} /-->

<!-- wp:paragraph {"fontSize":"small"} -->
<p class="has-small-font-size"><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php echo esc_html__( '← Till startsidan', 'lumen' ); ?></a></p>
<!-- /wp:paragraph --></div>
<!-- /wp:group -->
