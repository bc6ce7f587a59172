<!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
	<meta charset="<?php bloginfo( 'charset' ); ?>" />
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" />
	<link rel="pingback" href="<?php bloginfo( 'pingback_url' ); ?>" />
	<script type="text/javascript">
		document.documentElement.className = 'js';
	</script>
	<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
	<div id="page-container">

		<header id="main-header" data-height-onload="66">
			<div class="container clearfix et_menu_container">
				<div class="logo_container">
					<span class="logo_helper"></span>
					<?php
					$diva_logo_id = get_theme_mod( 'custom_logo' );
					if ( $diva_logo_id ) :
						?>
						<a href="<?php echo esc_url( home_url( '/' ) ); ?>">
							<?php echo wp_get_attachment_image( $diva_logo_id, 'full', false, array( 'id' => 'logo', 'alt' => get_bloginfo( 'name' ), 'data-height-percentage' => '54' ) ); ?>
						</a>
					<?php else : ?>
						<a href="<?php echo esc_url( home_url( '/' ) ); ?>" id="logo-text"><?php bloginfo( 'name' ); ?></a>
					<?php endif; ?>
				</div>
				<div id="et-top-navigation" data-height="66" data-fixed-height="40">
					<nav id="top-menu-nav">
					<?php
					wp_nav_menu( array(
						'theme_location' => 'primary-menu',
						'container'      => '',
						'fallback_cb'    => 'diva_primary_menu_fallback',
						'menu_class'     => 'nav',
						'menu_id'        => 'top-menu',
					) );
					?>
					</nav>

					<div id="et_top_search">
						<span id="et_search_icon"></span>
					</div>

					<div id="et_mobile_nav_menu">
						<div class="mobile_nav closed">
							<span class="select_page">Välj sida</span>
							<span class="mobile_menu_bar mobile_menu_bar_toggle"></span>
						</div>
					</div>
				</div> <!-- #et-top-navigation -->
			</div> <!-- .container -->
			<div class="et_search_outer">
				<div class="container et_search_form_container">
					<form role="search" method="get" class="et-search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
						<input type="search" class="et-search-field" placeholder="Sök &hellip;" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" title="Sök efter:" />
					</form>
					<span class="et_close_search_field"></span>
				</div>
			</div>
		</header> <!-- #main-header -->

		<div id="et-main-area">
