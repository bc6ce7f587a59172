<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html <?php language_attributes(); ?>> <!--<![endif]-->
<head>
    <meta charset="<?php bloginfo( 'charset' ); ?>" />
    <?php wp_head(); ?>
</head>

<body <?php body_class(); ?> itemscope="itemscope" itemtype="https://schema.org/WebPage">
<?php wp_body_open(); ?>

        <div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
        
    <div class="td-menu-background"></div>
<div id="td-mobile-nav">
    <div class="td-mobile-container">
        <!-- mobile menu top section -->
        <div class="td-menu-socials-wrap">
            <!-- socials -->
            <div class="td-menu-socials">
                <span class="td-social-icon-wrap">
            <a target="_blank" href="https://www.facebook.com/bostadsbolaget" title="Facebook">
                <i class="td-icon-font td-icon-facebook"></i>
            </a>
        </span>
        <span class="td-social-icon-wrap">
            <a target="_blank" href="https://www.linkedin.com/company/bostadsbolaget" title="Linkedin">
                <i class="td-icon-font td-icon-linkedin"></i>
            </a>
        </span>            </div>
            <!-- close button -->
            <div class="td-mobile-close">
                <a href="#" aria-label="Stäng"><i class="td-icon-close-mobile"></i></a>
            </div>
        </div>

        <!-- login section -->
        
        <!-- menu section -->
        <div class="td-mobile-content">
            <?php
            wp_nav_menu(
                array(
                    'theme_location' => 'header-menu',
                    'menu_class'     => 'td-mobile-main-menu',
                    'menu_id'        => 'menu-main',
                    'container_class' => 'menu-main-container',
                    'fallback_cb'    => 'tidig_menu_fallback',
                    'tidig_no_mega'  => true,
                )
            );
            ?>
        </div>
    </div>

    <!-- register/login section -->
    </div>    <div class="td-search-background"></div>
<div class="td-search-wrap-mob">
	<div class="td-drop-down-search">
		<form method="get" class="td-search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
			<!-- close button -->
			<div class="td-search-close">
				<a href="#"><i class="td-icon-close-mobile"></i></a>
			</div>
			<div role="search" class="td-search-input">
				<span>Sök</span>
				<input id="td-header-search-mob" type="text" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" autocomplete="off" />
			</div>
		</form>
		<div id="td-aj-search-mob" class="td-ajax-search-flex"></div>
	</div>
</div>

    <div id="td-outer-wrap" class="td-theme-wrap">
    
        
            <div class="tdc-header-wrap ">

            <!--
Header style 1
-->


<div class="td-header-wrap td-header-style-1 ">
    
    <div class="td-header-top-menu-full td-container-wrap ">
        <div class="td-container td-header-row td-header-top-menu">
            
    <div class="top-bar-style-1">
        
<div class="td-header-sp-top-menu">


	        <div class="td_data_time">
            <div >

                <?php echo esc_html( date_i18n( 'l, F j, Y' ) ); ?>
            </div>
        </div>
    <div class="menu-top-container"><?php
	if ( has_nav_menu( 'top-menu' ) ) {
		wp_nav_menu(
			array(
				'theme_location' => 'top-menu',
				'menu_class'     => 'top-header-menu',
				'menu_id'        => 'menu-td-demo-top-menu',
				'container'      => false,
			)
		);
	} else {
		?><ul id="menu-td-demo-top-menu" class="top-header-menu"><li id="menu-item-1001" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-first td-menu-item td-normal-menu menu-item-1001"><a href="<?php echo esc_url( home_url( '/kontakt/' ) ); ?>">Kontakta oss</a></li>
<li id="menu-item-1002" class="menu-item menu-item-type-custom menu-item-object-custom td-menu-item td-normal-menu menu-item-1002"><a href="<?php echo esc_url( home_url( '/felanmalan/' ) ); ?>">Felanmälan</a></li>
<li id="menu-item-1003" class="menu-item menu-item-type-custom menu-item-object-custom td-menu-item td-normal-menu menu-item-1003"><a href="<?php echo esc_url( home_url( '/lediga-lagenheter/' ) ); ?>">Lediga lägenheter</a></li>
</ul><?php
	}
	?></div></div>
        <div class="td-header-sp-top-widget">
    
    
        
        <span class="td-social-icon-wrap">
            <a target="_blank" href="https://www.facebook.com/bostadsbolaget" title="Facebook">
                <i class="td-icon-font td-icon-facebook"></i>
            </a>
        </span>
        <span class="td-social-icon-wrap">
            <a target="_blank" href="https://instagram.com/bostadsbolaget" title="Instagram">
                <i class="td-icon-font td-icon-instagram"></i>
            </a>
        </span>
        <span class="td-social-icon-wrap">
            <a target="_blank" href="https://www.linkedin.com/company/bostadsbolaget" title="Linkedin">
                <i class="td-icon-font td-icon-linkedin"></i>
            </a>
        </span>    </div>

    </div>

<!-- LOGIN MODAL -->
        </div>
    </div>

    <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap ">
        <div class="td-container td-header-row td-header-header">
            <div class="td-header-sp-logo">
                <?php $tidig_logo_tag = ( is_front_page() && ! is_paged() ) ? 'h1' : 'div'; ?>
                <<?php echo $tidig_logo_tag; ?> class="td-logo">        <a class="td-main-logo" href="<?php echo esc_url( home_url( '/' ) ); ?>">
            <img class="td-retina-data" data-retina="<?php echo esc_url( get_template_directory_uri() . '/images/logo-retina.png' ); ?>" src="<?php echo esc_url( get_template_directory_uri() . '/images/logo.png' ); ?>" alt="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>" title="<?php echo esc_attr( get_bloginfo( 'description' ) ); ?>" width="272" height="90"/>
            <span class="td-visual-hidden"><?php bloginfo( 'name' ); ?></span>
        </a>
    </<?php echo $tidig_logo_tag; ?>>
                </div>
                            <div class="td-header-sp-recs">
                    <div class="td-header-rec-wrap">
    <?php echo tidig_ad( 'header' ); // phpcs:ignore ?>

</div>                </div>
                    </div>
    </div>

    <div class="td-header-menu-wrap-full td-container-wrap ">
        
        <div class="td-header-menu-wrap td-header-gradient ">
            <div class="td-container td-header-row td-header-main-menu">
                <div id="td-header-menu" role="navigation">
    <div id="td-top-mobile-toggle"><a href="#" aria-label="mobile-toggle"><i class="td-icon-font td-icon-mobile"></i></a></div>
    <div class="td-main-menu-logo td-logo-in-header">
        		<a class="td-mobile-logo td-sticky-header" aria-label="Logo" href="<?php echo esc_url( home_url( '/' ) ); ?>">
			<img class="td-retina-data" data-retina="<?php echo esc_url( get_template_directory_uri() . '/images/logo-mobile-retina.png' ); ?>" src="<?php echo esc_url( get_template_directory_uri() . '/images/logo-mobile.png' ); ?>" alt="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>" width="140" height="48"/>
		</a>
	    </div>
    <?php
    wp_nav_menu(
        array(
            'theme_location'  => 'header-menu',
            'menu_class'      => 'sf-menu',
            'menu_id'         => 'menu-main-1',
            'container_class' => 'menu-main-container',
            'fallback_cb'     => 'tidig_menu_fallback',
        )
    );
    ?></div>


    <div class="header-search-wrap">
        <div class="td-search-btns-wrap">
            <a id="td-header-search-button" href="#" role="button" aria-label="Search" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a>
            <a id="td-header-search-button-mob" href="#" role="button" aria-label="Search" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a>
        </div>

        <div class="td-drop-down-search" aria-labelledby="td-header-search-button">
            <form method="get" class="td-search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
                <div role="search" class="td-head-form-search-wrap">
                    <input id="td-header-search" type="text" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="Sök" />
                </div>
            </form>
            <div id="td-aj-search"></div>
        </div>
    </div>
            </div>
        </div>
    </div>

</div>
            </div>

            
