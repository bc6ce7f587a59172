<?php
/**
 * The template for displaying the header.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?> <?php generate_do_microdata( 'body' ); ?>>
	<?php wp_body_open(); ?>
	<a class="screen-reader-text skip-link" href="#content" title="<?php esc_attr_e( 'Hoppa till innehåll', 'gpress' ); ?>"><?php esc_html_e( 'Hoppa till innehåll', 'gpress' ); ?></a>
	<header class="site-header" id="masthead" aria-label="<?php esc_attr_e( 'Webbplats', 'gpress' ); ?>" <?php generate_do_microdata( 'header' ); ?>>
		<div class="inside-header grid-container">
			<div class="site-branding">
				<?php
				if ( has_custom_logo() ) {
					echo '<div class="site-logo">';
					the_custom_logo();
					echo '</div>';
				}
				?>
				<p class="main-title" itemprop="headline">
					<a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a>
				</p>
				<?php
				$description = get_bloginfo( 'description', 'display' );
				if ( $description ) :
					?>
					<p class="site-description" itemprop="description"><?php echo $description; // phpcs:ignore ?></p>
				<?php endif; ?>
			</div>
			<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="<?php esc_attr_e( 'Primär', 'gpress' ); ?>" <?php generate_do_microdata( 'navigation' ); ?>>
				<div class="inside-navigation grid-container">
					<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
						<span class="mobile-menu"><?php esc_html_e( 'Meny', 'gpress' ); ?></span>
					</button>
					<?php
					wp_nav_menu(
						array(
							'theme_location'  => 'primary',
							'container'       => 'div',
							'container_class' => 'main-nav',
							'container_id'    => 'primary-menu',
							'menu_class'      => 'menu sf-menu',
							'fallback_cb'     => 'wp_page_menu',
							'depth'           => 2,
						)
					);
					?>
				</div>
			</nav>
		</div>
	</header>

	<div class="site grid-container container hfeed" id="page">
		<div class="site-content" id="content">
