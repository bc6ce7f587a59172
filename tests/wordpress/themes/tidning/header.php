<?php
/**
 * Sidhuvud: toppfält (datum, väder, toppmeny), logotyp + annons, megameny, nyhetsticker.
 *
 * @package Tidning
 */
?><!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html <?php language_attributes(); ?>> <!--<![endif]-->
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>" />
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<link rel="pingback" href="<?php bloginfo( 'pingback_url' ); ?>" />
	<?php wp_head(); ?>
</head>

<body <?php body_class(); ?> itemscope="itemscope" itemtype="https://schema.org/WebPage">
<?php wp_body_open(); ?>

<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>

<div class="td-menu-background"></div>
<div id="td-mobile-nav">
	<div class="td-mobile-container">
		<div class="td-menu-socials-wrap">
			<div class="td-mobile-close">
				<a href="#" aria-label="<?php esc_attr_e( 'Stäng', 'tidning' ); ?>"><i class="td-icon-close-mobile"></i></a>
			</div>
		</div>
		<div class="td-mobile-content">
			<?php
			wp_nav_menu( array(
				'theme_location' => 'header-menu',
				'menu_class'     => 'td-mobile-main-menu',
				'menu_id'        => 'menu-td-demo-header-menu-1',
				'container_class' => 'menu-td-demo-header-menu-container',
				'depth'          => 2,
				'fallback_cb'    => 'tidning_menu_fallback',
			) );
			?>
		</div>
	</div>
</div>
<div class="td-search-background"></div>
<div class="td-search-wrap-mob">
	<div class="td-drop-down-search">
		<form method="get" class="td-search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
			<div class="td-search-close">
				<a href="#"><i class="td-icon-close-mobile"></i></a>
			</div>
			<div role="search" class="td-search-input">
				<span><?php esc_html_e( 'Sök', 'tidning' ); ?></span>
				<input id="td-header-search-mob" type="text" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" autocomplete="off" />
			</div>
		</form>
		<div id="td-aj-search-mob"></div>
	</div>
</div>

<div id="td-outer-wrap" class="td-theme-wrap">

	<div class="tdc-header-wrap ">
		<div class="td-header-wrap td-header-style-1 ">

			<div class="td-header-top-menu-full td-container-wrap ">
				<div class="td-container td-header-row td-header-top-menu">
					<div class="top-bar-style-1">
						<div class="td-header-sp-top-menu">
							<div class="td_data_time">
								<div><?php echo esc_html( date_i18n( get_theme_mod( 'tidning_top_date_format', 'l j F Y' ) ) ); ?></div>
							</div>
							<?php tidning_top_weather(); ?>
							<?php
							wp_nav_menu( array(
								'theme_location' => 'top-menu',
								'menu_class'     => 'top-header-menu',
								'container_class' => 'menu-top-container',
								'depth'          => 1,
								'fallback_cb'    => false,
							) );
							?>
						</div>
						<div class="td-header-sp-top-widget">
							<span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span>
							<span class="td-social-icon-wrap"><a target="_blank" href="https://www.instagram.com/" title="Instagram"><i class="td-icon-font td-icon-instagram"></i></a></span>
							<span class="td-social-icon-wrap"><a target="_blank" href="https://twitter.com/" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span>
						</div>
					</div>
				</div>
			</div>

			<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap ">
				<div class="td-container td-header-row td-header-header">
					<div class="td-header-sp-logo">
						<?php tidning_logo(); ?>
					</div>
					<div class="td-header-sp-recs">
						<div class="td-header-rec-wrap">
							<?php echo tidning_get_ad( 'header' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
						</div>
					</div>
				</div>
			</div>

			<div class="td-header-menu-wrap-full td-container-wrap ">
				<div class="td-header-menu-wrap td-header-gradient ">
					<div class="td-container td-header-row td-header-main-menu">
						<div id="td-header-menu" role="navigation">
							<div id="td-top-mobile-toggle"><a href="#" aria-label="<?php esc_attr_e( 'Meny', 'tidning' ); ?>"><i class="td-icon-font td-icon-mobile"></i></a></div>
							<div class="td-main-menu-logo td-logo-in-header">
								<a class="td-main-logo" href="<?php echo esc_url( home_url( '/' ) ); ?>"><span class="td-visual-hidden"><?php bloginfo( 'name' ); ?></span></a>
							</div>
							<?php
							wp_nav_menu( array(
								'theme_location'  => 'header-menu',
								'menu_class'      => 'sf-menu',
								'menu_id'         => 'menu-td-demo-header-menu',
								'container_class' => 'menu-td-demo-header-menu-container',
								'walker'          => new Tidning_Mega_Walker(),
								'fallback_cb'     => 'tidning_menu_fallback',
							) );
							?>
						</div>

						<div class="header-search-wrap">
							<div class="td-search-btns-wrap">
								<a id="td-header-search-button" href="#" role="button" aria-label="<?php esc_attr_e( 'Sök', 'tidning' ); ?>" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a>
								<a id="td-header-search-button-mob" href="#" aria-label="<?php esc_attr_e( 'Sök', 'tidning' ); ?>" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a>
							</div>
							<div class="td-drop-down-search" aria-labelledby="td-header-search-button">
								<form method="get" class="td-search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
									<div role="search" class="td-head-form-search-wrap">
										<input id="td-header-search" type="text" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="<?php esc_attr_e( 'Sök', 'tidning' ); ?>" />
									</div>
								</form>
								<div id="td-aj-search"></div>
							</div>
						</div>
					</div>
				</div>
			</div>

			<div class="td-header-ticker td-container-wrap">
				<div class="td-container">
					<?php echo tidning_block_trending_now(); // phpcs:ignore WordPress.Security.EscapeOutput ?>
				</div>
			</div>

		</div>
	</div>
