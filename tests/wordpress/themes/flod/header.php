<?php
/**
 * Sidhuvud.
 *
 * @package Flod
 */
?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Hoppa till innehållet</a>

	<div class="flod-topbar">
		<div class="flod-container">
			<span class="flod-today"><?php echo esc_html( date_i18n( 'l j F Y' ) ); ?></span>
			<?php
			if ( has_nav_menu( 'topbar' ) ) {
				wp_nav_menu(
					array(
						'theme_location' => 'topbar',
						'container'      => 'nav',
						'container_class' => 'flod-topbar__nav',
						'depth'          => 1,
					)
				);
			}
			?>
		</div>
	</div>

	<header id="masthead" class="site-header">
		<div class="flod-container">
			<div class="flod-branding">
				<?php
				the_custom_logo();
				if ( is_front_page() && is_home() ) :
					?>
					<h1 class="site-title"><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></h1>
				<?php else : ?>
					<p class="site-title"><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></p>
					<?php
				endif;
				$flod_description = get_bloginfo( 'description', 'display' );
				if ( $flod_description ) :
					?>
					<p class="site-description"><?php echo $flod_description; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?></p>
				<?php endif; ?>
			</div>
		</div>

		<nav id="site-navigation" class="flod-nav main-navigation" aria-label="Huvudmeny">
			<div class="flod-container">
				<?php
				wp_nav_menu(
					array(
						'theme_location' => 'primary',
						'menu_id'        => 'primary-menu',
						'container'      => false,
						'fallback_cb'    => 'flod_menu_fallback',
						'depth'          => 2,
					)
				);
				?>
			</div>
		</nav>
	</header>

	<?php get_template_part( 'template-parts/ticker' ); ?>

	<div id="content" class="site-content">
