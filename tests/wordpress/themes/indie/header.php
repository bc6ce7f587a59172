<?php
/**
 * Sidhuvud: webbplatsen som h-card.
 *
 * @package Indie
 */
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://microformats.org/profile/specs">
<?php wp_head(); ?>
</head>

<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<a class="skip-link screen-reader-text" href="#content"><?php esc_html_e( 'Hoppa till innehållet', 'indie' ); ?></a>

<div id="page" class="site">
	<header id="masthead" class="site-header">
		<?php indie_site_hcard( 'header' ); ?>

		<?php if ( has_nav_menu( 'primary' ) ) : ?>
			<nav id="site-navigation" class="site-nav" aria-label="<?php esc_attr_e( 'Huvudmeny', 'indie' ); ?>">
				<?php
				wp_nav_menu(
					array(
						'theme_location' => 'primary',
						'menu_class'     => 'menu',
						'container'      => false,
						'depth'          => 1,
						'fallback_cb'    => false,
					)
				);
				?>
			</nav>
		<?php endif; ?>
	</header>

	<div id="content" class="site-content">
