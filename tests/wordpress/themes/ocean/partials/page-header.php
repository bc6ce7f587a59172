<?php
/**
 * Sidhuvudrubrik ("page header") med brödsmulor, som i OceanWP.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( is_front_page() && ! is_home() ) {
	return;
}

$ocean_heading    = is_singular( 'post' ) ? 'span' : 'h1';
$ocean_subheading = ocean_subheading();
?>

<header class="page-header">

	<div class="container clr page-header-inner">

		<<?php echo esc_attr( $ocean_heading ); ?> class="page-header-title clr"<?php ocean_schema_markup( 'headline' ); ?>><?php echo wp_kses_post( ocean_title() ); ?></<?php echo esc_attr( $ocean_heading ); ?>>

		<?php if ( $ocean_subheading ) : ?>
			<div class="clr page-subheading"><?php echo wp_kses_post( $ocean_subheading ); ?></div>
		<?php endif; ?>

		<?php ocean_breadcrumbs(); ?>

	</div><!-- .page-header-inner -->

</header><!-- .page-header -->
