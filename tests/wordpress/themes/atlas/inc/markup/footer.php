<?php
/**
 * Footer markup, hooked into footer.php.
 *
 * atlas_footer       → atlas_footer_widgets()   10
 *                    → atlas_footer_bar()       20
 * atlas_footer_after → atlas_scroll_to_top()    10
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Footer widget columns (only the active ones).
 */
function atlas_footer_widgets() {
	$active = array();
	for ( $i = 1; $i <= 3; $i++ ) {
		if ( is_active_sidebar( 'footer-' . $i ) ) {
			$active[] = 'footer-' . $i;
		}
	}

	if ( ! $active ) {
		return;
	}
	?>
	<div class="atlas-footer-widgets">
		<div class="atlas-container">
			<div class="atlas-footer-widgets-row atlas-footer-columns-<?php echo count( $active ); ?>">
				<?php foreach ( $active as $sidebar ) : ?>
					<div class="atlas-footer-widget-column">
						<?php dynamic_sidebar( $sidebar ); ?>
					</div>
				<?php endforeach; ?>
			</div>
		</div>
	</div>
	<?php
}
add_action( 'atlas_footer', 'atlas_footer_widgets', 10 );

/**
 * Copyright bar with the footer menu.
 */
function atlas_footer_bar() {
	$copyright = atlas_get_option( 'footer_copyright' );
	if ( ! $copyright ) {
		$copyright = sprintf(
			/* translators: 1: year, 2: site name. */
			esc_html__( 'Copyright © %1$s %2$s', 'atlas' ),
			esc_html( wp_date( 'Y' ) ),
			'<a href="' . esc_url( home_url( '/' ) ) . '">' . esc_html( get_bloginfo( 'name' ) ) . '</a>'
		);
		$copyright .= ' <span class="atlas-footer-sep" aria-hidden="true">|</span> ' . esc_html__( 'Tema: Atlas', 'atlas' );
	}
	?>
	<div class="atlas-footer-bar">
		<div class="atlas-container">
			<div class="atlas-footer-bar-row">
				<div class="atlas-footer-copyright"><?php echo wp_kses_post( $copyright ); ?></div>
				<?php if ( has_nav_menu( 'footer' ) ) : ?>
					<nav class="atlas-footer-navigation" aria-label="<?php esc_attr_e( 'Sidfotsmeny', 'atlas' ); ?>">
						<?php
						wp_nav_menu(
							array(
								'theme_location' => 'footer',
								'menu_class'     => 'atlas-footer-menu',
								'container'      => false,
								'depth'          => 1,
							)
						);
						?>
					</nav>
				<?php endif; ?>
			</div>
		</div>
	</div>
	<?php
}
add_action( 'atlas_footer', 'atlas_footer_bar', 20 );

/**
 * "Till toppen" link (a plain anchor, no script needed).
 */
function atlas_scroll_to_top() {
	if ( ! atlas_get_option( 'scroll_to_top' ) ) {
		return;
	}
	printf(
		'<a href="#page" class="atlas-scroll-top">%1$s<span class="screen-reader-text">%2$s</span></a>',
		atlas_get_icon( 'arrow-up', 18 ), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		esc_html__( 'Till toppen', 'atlas' )
	);
}
add_action( 'atlas_footer_after', 'atlas_scroll_to_top' );
