<?php
/**
 * Inläggets rubrik.
 *
 * Sidhuvudrubriken visar "Blogg" på inlägg, så här används h1.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$ocean_heading = apply_filters( 'ocean_single_post_heading', 'h1' );
?>

<header class="entry-header clr">
	<<?php echo esc_attr( $ocean_heading ); ?> class="single-post-title entry-title"<?php ocean_schema_markup( 'headline' ); ?>><?php the_title(); ?></<?php echo esc_attr( $ocean_heading ); ?>><!-- .single-post-title -->
</header><!-- .entry-header -->
