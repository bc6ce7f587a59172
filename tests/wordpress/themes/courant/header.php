<?php
/**
 * Sidhuvud: datumrad, logga, huvudmeny och nyhetsticker.
 *
 * @package Courant
 */

?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<a class="skip-link screen-reader-text" href="#main"><?php esc_html_e( 'Hoppa till innehållet', 'courant' ); ?></a>

<div id="page" class="site">

	<div class="top-bar">
		<div class="container top-bar-inner">
			<span class="top-bar-date"><?php echo esc_html( ucfirst( wp_date( 'l j F Y' ) ) ); ?></span>
			<?php
			if ( has_nav_menu( 'top' ) ) {
				wp_nav_menu(
					array(
						'theme_location' => 'top',
						'container'      => 'nav',
						'container_class' => 'top-navigation',
						'container_aria_label' => __( 'Toppmeny', 'courant' ),
						'menu_class'     => 'top-menu',
						'depth'          => 1,
						'fallback_cb'    => false,
					)
				);
			}
			?>
		</div>
	</div>

	<header id="masthead" class="site-header">
		<div class="container header-inner">
			<div class="site-branding">
				<?php
				if ( has_custom_logo() ) {
					the_custom_logo();
				}
				$courant_title_tag = ( is_front_page() && is_home() ) ? 'h1' : 'p';
				printf(
					'<%1$s class="site-title"><a href="%2$s" rel="home">%3$s</a></%1$s>',
					$courant_title_tag, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
					esc_url( home_url( '/' ) ),
					esc_html( get_bloginfo( 'name' ) )
				);
				$courant_description = get_bloginfo( 'description', 'display' );
				if ( $courant_description ) {
					echo '<p class="site-description">' . esc_html( $courant_description ) . '</p>';
				}
				?>
			</div>

			<div class="header-search">
				<?php get_search_form(); ?>
			</div>
		</div>

		<nav id="site-navigation" class="main-navigation" aria-label="<?php esc_attr_e( 'Huvudmeny', 'courant' ); ?>">
			<div class="container nav-inner">
				<button type="button" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
					<svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24"><path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z"/></svg>
					<span><?php esc_html_e( 'Meny', 'courant' ); ?></span>
				</button>
				<?php
				wp_nav_menu(
					array(
						'theme_location' => 'primary',
						'menu_id'        => 'primary-menu',
						'menu_class'     => 'menu',
						'container'      => false,
						'fallback_cb'    => 'courant_menu_fallback',
					)
				);
				?>
			</div>
		</nav>

		<?php courant_news_ticker(); ?>
	</header>

	<div id="content" class="site-content">
