<?php
/**
 * Sidhuvud: cookie-banner, informationsfält, toppfält (genvägar, språk, Mina sidor),
 * logotyp, megameny och sökfält. Brödsmulorna skrivs ut direkt under sidhuvudet.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;
?><!doctype html>
<html <?php language_attributes(); ?> class="no-js">
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="format-detection" content="telephone=no">
	<script>document.documentElement.className = document.documentElement.className.replace( 'no-js', 'js' );</script>
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?>>
<?php wp_body_open(); ?>

<a class="lg-skip-link" href="#lg-main"><?php esc_html_e( 'Hoppa till innehållet', 'ledger' ); ?></a>

<?php get_template_part( 'template-parts/header/cookie-banner' ); ?>

<?php get_template_part( 'template-parts/header/alert-bar' ); ?>

<header class="lg-header" id="lg-header">
	<div class="lg-topbar">
		<div class="lg-container lg-topbar__inner">
			<p class="lg-topbar__service">
				<?php echo ledger_icon( 'phone' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
				<?php
				$ledger_phone = ledger_option( 'ledger_phone' );
				printf(
					/* translators: %s: telefonnummer. */
					esc_html__( 'Kundtjänst %s', 'ledger' ),
					'<a href="' . esc_url( ledger_phone_href( $ledger_phone ) ) . '">' . esc_html( $ledger_phone ) . '</a>'
				);
				?>
				<span class="lg-topbar__divider" aria-hidden="true">|</span>
				<a href="<?php echo esc_url( home_url( '/hyresgast/felanmalan/' ) ); ?>"><?php esc_html_e( 'Felanmälan dygnet runt', 'ledger' ); ?></a>
			</p>

			<?php if ( has_nav_menu( 'utility' ) ) : ?>
				<nav class="lg-topbar__nav" aria-label="<?php esc_attr_e( 'Genvägar', 'ledger' ); ?>">
					<?php
					wp_nav_menu(
						array(
							'theme_location' => 'utility',
							'container'      => false,
							'menu_class'     => 'lg-topbar__list',
							'depth'          => 1,
						)
					);
					?>
				</nav>
			<?php endif; ?>

			<?php get_template_part( 'template-parts/header/language-switcher' ); ?>
		</div>
	</div>

	<div class="lg-header__main">
		<div class="lg-container lg-header__inner">
			<div class="lg-header__brand">
				<?php if ( has_custom_logo() ) : ?>
					<?php the_custom_logo(); ?>
				<?php else : ?>
					<a class="lg-logo" href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home">
						<span class="lg-logo__mark" aria-hidden="true"><?php echo ledger_icon( 'house' ); // phpcs:ignore WordPress.Security.EscapeOutput ?></span>
						<span class="lg-logo__text">
							<span class="lg-logo__name"><?php bloginfo( 'name' ); ?></span>
							<?php if ( get_bloginfo( 'description' ) ) : ?>
								<span class="lg-logo__tagline"><?php bloginfo( 'description' ); ?></span>
							<?php endif; ?>
						</span>
					</a>
				<?php endif; ?>
			</div>

			<button type="button" class="lg-header__menu-toggle" aria-expanded="false" aria-controls="lg-mega">
				<?php echo ledger_icon( 'menu' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
				<span class="lg-header__menu-label"><?php esc_html_e( 'Meny', 'ledger' ); ?></span>
			</button>

			<nav class="lg-mega" id="lg-mega" aria-label="<?php esc_attr_e( 'Huvudmeny', 'ledger' ); ?>">
				<?php
				wp_nav_menu(
					array(
						'theme_location' => 'primary',
						'container'      => false,
						'menu_id'        => 'lg-mega-list',
						'menu_class'     => 'lg-mega__list',
						'depth'          => 3,
						'walker'         => new Ledger_Mega_Menu_Walker(),
						'fallback_cb'    => 'ledger_mega_menu_fallback',
					)
				);
				?>
			</nav>

			<div class="lg-header__tools">
				<?php
				get_search_form(
					array(
						'aria_label' => __( 'Sök på webbplatsen', 'ledger' ),
						'lg_context' => 'header',
					)
				);
				?>
				<a class="lg-header__mypages lg-button lg-button--outline" href="<?php echo esc_url( ledger_option( 'ledger_mypages_url' ) ); ?>">
					<?php echo ledger_icon( 'user' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
					<span class="lg-header__mypages-text"><?php esc_html_e( 'Mina sidor', 'ledger' ); ?></span>
					<span class="screen-reader-text"><?php esc_html_e( '(logga in som hyresgäst)', 'ledger' ); ?></span>
				</a>
			</div>
		</div>
	</div>
</header>

<?php ledger_breadcrumbs(); ?>

<main id="lg-main" class="lg-main" tabindex="-1">
