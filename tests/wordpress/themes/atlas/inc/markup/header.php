<?php
/**
 * Header markup, hooked into header.php.
 *
 * atlas_header             → atlas_header_markup()      10
 * atlas_header_branding    → atlas_site_branding()      10
 * atlas_header_navigation  → atlas_primary_navigation() 10
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Skip link, first thing inside <body>.
 */
function atlas_skip_link() {
	echo '<a class="skip-link screen-reader-text" href="#content">' . esc_html__( 'Hoppa till innehållet', 'atlas' ) . '</a>';
}
add_action( 'atlas_before_page', 'atlas_skip_link', 5 );

/**
 * Site header.
 */
function atlas_header_markup() {
	?>
	<header id="masthead" class="site-header atlas-site-header" itemscope itemtype="https://schema.org/WPHeader">
		<div class="atlas-header-main">
			<div class="atlas-container">
				<div class="atlas-header-row">
					<div class="atlas-header-section atlas-header-section-left">
						<?php do_action( 'atlas_header_branding' ); ?>
					</div>
					<div class="atlas-header-section atlas-header-section-right">
						<?php do_action( 'atlas_header_navigation' ); ?>
					</div>
				</div>
			</div>
		</div>
	</header><!-- #masthead -->
	<?php
}
add_action( 'atlas_header', 'atlas_header_markup' );

/**
 * Logo, site title and tagline.
 */
function atlas_site_branding() {
	$description = get_bloginfo( 'description', 'display' );
	?>
	<div class="site-branding atlas-site-identity">
		<?php if ( has_custom_logo() ) : ?>
			<div class="atlas-logo"><?php the_custom_logo(); ?></div>
		<?php endif; ?>
		<div class="atlas-site-title-wrap">
			<p class="site-title atlas-site-title"><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></p>
			<?php if ( $description || is_customize_preview() ) : ?>
				<p class="site-description atlas-site-description"><?php echo $description; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?></p>
			<?php endif; ?>
		</div>
	</div><!-- .site-branding -->
	<?php
}
add_action( 'atlas_header_branding', 'atlas_site_branding' );

/**
 * Primary navigation with a toggle button for small screens.
 */
function atlas_primary_navigation() {
	?>
	<nav id="site-navigation" class="main-navigation atlas-main-navigation" aria-label="<?php esc_attr_e( 'Huvudmeny', 'atlas' ); ?>" itemscope itemtype="https://schema.org/SiteNavigationElement">
		<button class="menu-toggle atlas-menu-toggle" aria-controls="primary-menu" aria-expanded="false">
			<?php atlas_icon( 'menu', 22, 'atlas-menu-icon-open' ); ?>
			<?php atlas_icon( 'close', 22, 'atlas-menu-icon-close' ); ?>
			<span class="atlas-menu-toggle-label"><?php esc_html_e( 'Meny', 'atlas' ); ?></span>
		</button>
		<?php
		wp_nav_menu(
			array(
				'theme_location'  => 'primary',
				'menu_id'         => 'primary-menu',
				'menu_class'      => 'atlas-menu main-header-menu',
				'container'       => 'div',
				'container_class' => 'atlas-menu-container',
				'fallback_cb'     => 'atlas_primary_menu_fallback',
			)
		);
		?>
	</nav><!-- #site-navigation -->
	<?php
}
add_action( 'atlas_header_navigation', 'atlas_primary_navigation' );

/**
 * Fallback when no menu is assigned: the published pages.
 */
function atlas_primary_menu_fallback() {
	wp_page_menu(
		array(
			'menu_class' => 'atlas-menu-container',
			'before'     => '<ul id="primary-menu" class="atlas-menu main-header-menu">',
			'after'      => '</ul>',
			'show_home'  => __( 'Hem', 'atlas' ),
			'depth'      => 2,
		)
	);
}

/**
 * Adds a dropdown arrow to menu items with children.
 *
 * @param string   $title Menu item title.
 * @param WP_Post  $item  Menu item.
 * @param stdClass $args  wp_nav_menu() arguments.
 * @return string
 */
function atlas_menu_dropdown_icon( $title, $item, $args ) {
	if ( isset( $args->theme_location ) && 'primary' === $args->theme_location && in_array( 'menu-item-has-children', (array) $item->classes, true ) ) {
		$title .= atlas_get_icon( 'chevron-down', 14, 'atlas-dropdown-icon' );
	}
	return $title;
}
add_filter( 'nav_menu_item_title', 'atlas_menu_dropdown_icon', 10, 3 );
