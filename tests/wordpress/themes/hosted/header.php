<?php
/**
 * The header for our theme.
 *
 * @package Hosted
 */

?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<?php wp_head(); ?>
</head>

<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div id="page" class="hfeed site">
	<a class="skip-link screen-reader-text" href="#content"><?php esc_html_e( 'Hoppa till innehåll', 'hosted' ); ?></a>

	<div id="hero-header" class="site-hero-section">
		<header id="masthead" class="site-header" role="banner">
			<div class="inner">
				<div class="site-branding">
					<?php
					if ( has_custom_logo() ) {
						the_custom_logo();
					}

					if ( is_front_page() && is_home() ) :
						?>
						<h1 class="site-title"><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></h1>
						<?php
					else :
						?>
						<p class="site-title"><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></p>
						<?php
					endif;

					$hosted_description = get_bloginfo( 'description', 'display' );
					if ( $hosted_description || is_customize_preview() ) :
						?>
						<p class="site-description"><?php echo $hosted_description; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?></p>
					<?php endif; ?>
				</div><!-- .site-branding -->

				<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false" id="primary-menu-button"><?php esc_html_e( 'Meny', 'hosted' ); ?></button>
			</div><!-- .inner -->
		</header><!-- #masthead -->
	</div><!-- #hero-header -->

	<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="<?php esc_attr_e( 'Huvudmeny', 'hosted' ); ?>">
		<?php
		wp_nav_menu(
			array(
				'theme_location' => 'menu-1',
				'menu_id'        => 'primary-menu',
				'container'      => false,
				'depth'          => 2,
				'fallback_cb'    => 'hosted_menu_fallback',
			)
		);
		?>
	</nav><!-- #site-navigation -->

	<div id="content-wrapper" class="content-wrapper">
		<div id="content" class="site-content">
