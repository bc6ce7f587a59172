<?php
/**
 * Site header.
 *
 * @package Harbor
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
<div id="page" class="harbor-site">
	<a class="skip-link screen-reader-text" href="#primary"><?php esc_html_e( 'Skip to content', 'harbor' ); ?></a>

	<header id="masthead" class="harbor-header">
		<div class="harbor-container harbor-header__inner">
			<div class="harbor-branding">
				<?php
				if ( has_custom_logo() ) {
					the_custom_logo();
				}

				$harbor_title_tag = ( is_front_page() && is_home() ) ? 'h1' : 'p';
				printf(
					'<%1$s class="harbor-branding__title"><a href="%2$s" rel="home">%3$s</a></%1$s>',
					$harbor_title_tag, // phpcs:ignore WordPress.Security.EscapeOutput -- fixed value.
					esc_url( home_url( '/' ) ),
					esc_html( get_bloginfo( 'name' ) )
				);

				$harbor_description = get_bloginfo( 'description', 'display' );
				if ( $harbor_description || is_customize_preview() ) :
					?>
					<p class="harbor-branding__tagline"><?php echo esc_html( $harbor_description ); ?></p>
				<?php endif; ?>
			</div>

			<nav id="site-navigation" class="harbor-nav" aria-label="<?php esc_attr_e( 'Primary', 'harbor' ); ?>">
				<button class="harbor-nav__toggle" type="button" aria-controls="harbor-primary-menu" aria-expanded="false">
					<span class="harbor-nav__bars" aria-hidden="true"></span>
					<span class="harbor-nav__toggle-text"><?php esc_html_e( 'Menu', 'harbor' ); ?></span>
				</button>
				<?php
				wp_nav_menu(
					array(
						'theme_location' => 'primary',
						'menu_id'        => 'harbor-primary-menu',
						'menu_class'     => 'harbor-menu',
						'container'      => false,
						'fallback_cb'    => 'harbor_menu_fallback',
					)
				);
				?>
			</nav>
		</div>
	</header>

	<div id="content" class="harbor-content">
		<div class="harbor-container harbor-layout">
