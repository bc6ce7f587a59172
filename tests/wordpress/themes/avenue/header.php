<?php
/**
 * Header template (Avada header.php + header v3 with secondary top bar).
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
?>
<!DOCTYPE html>
<html class="avada-html-layout-boxed avada-html-header-position-top" <?php language_attributes(); ?> prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta http-equiv="Content-Type" content="text/html; charset=<?php bloginfo( 'charset' ); ?>"/>
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<?php wp_head(); ?>

	<script type="text/javascript">
		var doc = document.documentElement;
		doc.setAttribute( 'data-useragent', navigator.userAgent );
	</script>
</head>

<body <?php body_class(); ?> data-awb-post-id="<?php echo (int) get_queried_object_id(); ?>">
	<?php wp_body_open(); ?>
	<a class="skip-link screen-reader-text" href="#content">Hoppa till innehåll</a>

	<div id="boxed-wrapper">
		<div class="fusion-sides-frame"></div>
		<div id="wrapper" class="fusion-wrapper">
			<div id="home" style="position:relative;top:-1px;"></div>

			<header class="fusion-header-wrapper">
				<div class="fusion-header-v3 fusion-logo-alignment fusion-logo-left fusion-sticky-menu- fusion-sticky-logo- fusion-mobile-logo-  fusion-mobile-menu-design-modern">

					<div class="fusion-secondary-header">
						<div class="fusion-row">
							<div class="fusion-alignleft">
								<div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">Kundservice: 021-10 20 30</span><span class="fusion-header-separator">|</span><span class="fusion-contact-info-email-address"><a href="mailto:kundservice@bostadsbolaget.example.se">kundservice@bostadsbolaget.example.se</a></span></div>
							</div>
							<div class="fusion-alignright">
								<div class="fusion-social-links-header"><div class="fusion-social-networks"><div class="fusion-social-networks-wrapper"><a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" style data-placement="bottom" data-title="Facebook" data-toggle="tooltip" title="Facebook" href="https://www.facebook.com/bostadsbolaget" target="_blank" rel="noreferrer"><span class="screen-reader-text">Facebook</span></a><a class="fusion-social-network-icon fusion-tooltip fusion-linkedin awb-icon-linkedin" style data-placement="bottom" data-title="LinkedIn" data-toggle="tooltip" title="LinkedIn" href="https://www.linkedin.com/company/bostadsbolaget" target="_blank" rel="noopener noreferrer"><span class="screen-reader-text">LinkedIn</span></a><a class="fusion-social-network-icon fusion-tooltip fusion-instagram awb-icon-instagram" style data-placement="bottom" data-title="Instagram" data-toggle="tooltip" title="Instagram" href="https://www.instagram.com/bostadsbolaget" target="_blank" rel="noopener noreferrer"><span class="screen-reader-text">Instagram</span></a></div></div></div>
							</div>
						</div>
					</div>

					<div class="fusion-header-sticky-height"></div>
					<div class="fusion-header">
						<div class="fusion-row">
							<div class="fusion-logo" data-margin-top="31px" data-margin-bottom="31px" data-margin-left="0px" data-margin-right="0px">
								<a class="fusion-logo-link"  href="<?php echo esc_url( home_url( '/' ) ); ?>" >
									<!-- standard logo -->
									<img src="<?php echo esc_url( get_template_directory_uri() . '/images/logo.svg' ); ?>" srcset="<?php echo esc_url( get_template_directory_uri() . '/images/logo.svg' ); ?> 1x" width="220" height="48" alt="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?> Logotyp" data-retina_logo_url="" class="fusion-standard-logo" />
								</a>
							</div>
							<nav class="fusion-main-menu" aria-label="Huvudmeny">
								<?php
								if ( has_nav_menu( 'main_navigation' ) ) {
									wp_nav_menu(
										array(
											'theme_location' => 'main_navigation',
											'container'      => false,
											'menu_class'     => 'fusion-menu',
											'menu_id'        => 'menu-huvudmeny',
											'items_wrap'     => '<ul id="%1$s" class="%2$s">%3$s' . str_replace( '%', '%%', avenue_menu_search_item() ) . '</ul>',
											'fallback_cb'    => 'avenue_menu_fallback',
										)
									);
								} else {
									avenue_menu_fallback();
								}
								?>
							</nav>
							<div class="fusion-mobile-menu-icons">
								<a href="#" class="fusion-icon awb-icon-bars" aria-label="Växla mobilmeny" aria-expanded="false"></a>
							</div>

							<nav class="fusion-mobile-nav-holder fusion-mobile-menu-text-align-left" aria-label="Huvudmeny mobil"></nav>

						</div>
					</div>
				</div>
				<div class="fusion-clearfix"></div>
			</header>

			<div id="sliders-container" class="fusion-slider-visibility">
			</div>

			<?php get_template_part( 'templates/title-bar' ); ?>

			<main id="main" class="clearfix ">
				<div class="fusion-row" style="">
