<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?><!DOCTYPE html>
<html <?php language_attributes(); ?> class="<?php echo esc_attr( enfilad_html_class() ); ?> ">
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>" />
<meta name="robots" content="index, follow" />

<!-- mobile setting -->
<meta name="viewport" content="width=device-width, initial-scale=1">

<!-- Scripts/CSS and wp_head hook -->
<?php wp_head(); ?>

</head>

<body id="top" <?php body_class( 'stretched rtl_columns av-curtain-numeric open_sans avia-responsive-images-support' ); ?> <?php echo enfilad_markup( 'body' ); ?>>
<?php wp_body_open(); ?>

	<div id='wrap_all'>

	
<header id='header' class='all_colors header_color light_bg_color  av_header_top av_logo_left av_main_nav_header av_menu_right av_slim av_header_sticky av_header_shrinking av_header_stretch_disabled av_mobile_menu_phone av_header_searchicon av_header_unstick_top_disabled av_seperator_small_border av_bottom_nav_disabled  av_alternate_logo_active av_header_border_disabled' data-av_shrink_factor='50' <?php echo enfilad_markup( 'header' ); ?>>

		<div id='header_meta' class='container_wrap container_wrap_meta  av_secondary_right av_extra_header_active av_phone_active_left av_entry_id_<?php echo (int) enfilad_get_the_ID(); ?>'>
		
			      <div class='container'>
			      <nav class='sub_menu' <?php echo enfilad_markup( 'nav' ); ?>><?php
					wp_nav_menu(
						array(
							'theme_location' => 'avia2',
							'menu_id'        => 'avia2-menu',
							'container'      => false,
							'items_wrap'     => '<ul role="menu" class="%2$s" id="%1$s">%3$s</ul>',
							'fallback_cb'    => 'enfilad_secondary_menu_fallback',
							'depth'          => 1,
						)
					);
					?></nav><div class='phone-info with_nav'><div>Kundtjänst: 08-123 456 00 &middot; Felanmälan dygnet runt på Mina sidor</div></div>			      </div>
		</div>

		<div  id='header_main' class='container_wrap container_wrap_logo'>
	
        <div class='container av-logo-container'><div class='inner-container'><span class='logo avia-standard-logo'><a href='<?php echo esc_url( home_url( '/' ) ); ?>' class='' aria-label='<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>' ><img src="<?php echo esc_url( get_template_directory_uri() . '/images/logo.svg' ); ?>" height="100" width="300" alt='<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>' title='' /></a></span><nav class='main_menu' data-selectname='Välj en sida' <?php echo enfilad_markup( 'nav' ); ?>><?php
			wp_nav_menu(
				array(
					'theme_location' => 'avia',
					'menu_id'        => 'avia-menu',
					'menu_class'     => 'menu av-main-nav',
					'container'      => 'div',
					'container_class' => 'avia-menu av-main-nav-wrap',
					'items_wrap'     => '<ul role="menu" class="%2$s" id="%1$s">%3$s</ul>',
					'fallback_cb'    => 'enfilad_fallback_menu',
					'link_before'    => '<span class="avia-bullet"></span><span class="avia-menu-text">',
					'link_after'     => '</span><span class="avia-menu-fx"><span class="avia-arrow-wrap"><span class="avia-arrow"></span></span></span>',
				)
			);
			?></nav></div> </div> 
		<!-- end container_wrap-->
		</div>
<div class="header_bg"></div>
<!-- end header -->
</header>

	<div id='main' class='all_colors' data-scroll-offset='116'>

	<?php
