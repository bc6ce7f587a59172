<?php
/**
 * Sidopanelen.
 *
 * @package ocean
 */

if ( is_404() ) {
	return;
}

$ocean_sidebar = ( is_search() && is_active_sidebar( 'search_sidebar' ) ) ? 'search_sidebar' : 'sidebar';
?>

<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary"<?php ocean_schema_markup( 'sidebar' ); ?> role="complementary" aria-label="<?php esc_attr_e( 'Primär sidopanel', 'ocean' ); ?>">

	<div id="right-sidebar-inner" class="clr">

		<?php
		if ( is_active_sidebar( $ocean_sidebar ) ) {
			dynamic_sidebar( $ocean_sidebar );
		}
		?>

	</div><!-- #sidebar-inner -->

</aside><!-- #right-sidebar -->
