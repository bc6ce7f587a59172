<?php
/**
 * Sidopanel.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$stjarna_sidebar = apply_filters( 'stjarna_get_sidebar', 'sidebar-1' );
?>

<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
	<div class="sidebar-main" >
		<?php if ( is_active_sidebar( $stjarna_sidebar ) ) : ?>
			<?php dynamic_sidebar( $stjarna_sidebar ); ?>
		<?php elseif ( current_user_can( 'edit_theme_options' ) ) : ?>
			<div class="widget ast-no-widget-row">
				<p class='no-widget-text'>
					<a href='<?php echo esc_url( admin_url( 'widgets.php' ) ); ?>'>
						<?php esc_html_e( 'Klicka här för att lägga till en widget i det här området', 'stjarna' ); ?>
					</a>
				</p>
			</div>
		<?php endif; ?>
	</div><!-- .sidebar-main -->
</div><!-- #secondary -->
