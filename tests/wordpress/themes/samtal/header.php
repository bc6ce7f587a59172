<?php
/**
 * Sidhuvud.
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?> <?php samtal_body_microdata(); ?>>
	<?php wp_body_open(); ?>
	<a class="screen-reader-text skip-link" href="#content" title="<?php esc_attr_e( 'Hoppa till innehåll', 'samtal' ); ?>"><?php esc_html_e( 'Hoppa till innehåll', 'samtal' ); ?></a>
	<header class="site-header" id="masthead" aria-label="<?php esc_attr_e( 'Webbplats', 'samtal' ); ?>" itemtype="https://schema.org/WPHeader" itemscope>
		<div class="inside-header grid-container">
			<?php if ( has_custom_logo() ) : ?>
				<div class="site-logo"><?php the_custom_logo(); ?></div>
			<?php endif; ?>
			<div class="site-branding">
				<?php
				$samtal_title_tag = ( is_front_page() && is_home() ) ? 'h1' : 'p';
				printf(
					'<%1$s class="main-title" itemprop="headline"><a href="%2$s" rel="home">%3$s</a></%1$s>',
					$samtal_title_tag, // phpcs:ignore WordPress.Security.EscapeOutput
					esc_url( home_url( '/' ) ),
					esc_html( get_bloginfo( 'name' ) )
				);
				$samtal_description = get_bloginfo( 'description', 'display' );
				if ( $samtal_description ) :
					?>
					<p class="site-description" itemprop="description"><?php echo esc_html( $samtal_description ); ?></p>
				<?php endif; ?>
			</div>
			<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="<?php esc_attr_e( 'Primär', 'samtal' ); ?>" itemtype="https://schema.org/SiteNavigationElement" itemscope>
				<div class="inside-navigation grid-container">
					<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
						<?php echo samtal_get_svg_icon( 'menu-bars' ); // phpcs:ignore WordPress.Security.EscapeOutput ?><span class="mobile-menu"><?php esc_html_e( 'Meny', 'samtal' ); ?></span>
					</button>
					<?php
					wp_nav_menu(
						array(
							'theme_location'  => 'primary',
							'container'       => 'div',
							'container_class' => 'main-nav',
							'container_id'    => 'primary-menu',
							'menu_class'      => 'menu sf-menu',
							'fallback_cb'     => 'samtal_menu_fallback',
						)
					);
					?>
				</div>
			</nav>
		</div>
	</header>

	<div class="site grid-container container hfeed" id="page">
		<div class="site-content" id="content">
