<?php
/**
 * Sidfot: Newspaper "footer template" – logotyp + om oss, två td_block_7 och populära kategorier,
 * sedan td-sub-footer med meny och copyright.
 */
?>

	<!-- Instagram -->
	

	<!-- Footer -->
	<div class="td-footer-wrapper td-container-wrap ">
    <div class="td-container">

	    <div class="td-pb-row">
		    <div class="td-pb-span12">
                		    </div>
	    </div>

        <div class="td-pb-row">

            <div class="td-pb-span4">
                <?php
                echo tidig_block_7( // phpcs:ignore
                    'REDAKTIONENS VAL',
                    array(
                        'posts_per_page' => 3,
                        'orderby'        => 'rand',
                        'no_found_rows'  => true,
                    )
                );
                ?>
            </div>

            <div class="td-pb-span4">
                <?php
                echo tidig_block_7( // phpcs:ignore
                    'SENASTE INLÄGGEN',
                    array(
                        'posts_per_page' => 3,
                        'orderby'        => 'date',
                        'order'          => 'DESC',
                    )
                );
                ?>
            </div>

            <div class="td-pb-span4">
                <?php echo tidig_block_popular_categories( 'POPULÄRA KATEGORIER' ); // phpcs:ignore ?>
            </div>
        </div>
    </div>

<div class="td-footer-bottom-full">
    <div class="td-container">
        <div class="td-pb-row">
            <div class="td-pb-span3"><aside class="footer-logo-wrap"><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><img class="td-retina-data" src="<?php echo esc_url( get_template_directory_uri() . '/images/logo-footer.png' ); ?>" data-retina="<?php echo esc_url( get_template_directory_uri() . '/images/logo-footer-retina.png' ); ?>" alt="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>" title="<?php echo esc_attr( get_bloginfo( 'description' ) ); ?>"  width="272" /></a></aside></div><div class="td-pb-span5"><aside class="footer-text-wrap"><div class="block-title"><span>OM OSS</span></div>Bostadsbolaget äger och förvaltar drygt 9&nbsp;000 hyreslägenheter. Här skriver vår VD om det som händer i bolaget, i våra bostadsområden och i branschen.<div class="footer-email-wrap">Kontakta oss: <a href="mailto:info@bostadsbolaget.se">info@bostadsbolaget.se</a></div></aside></div><div class="td-pb-span4"><aside class="footer-social-wrap td-social-style-2"><div class="block-title"><span>FÖLJ OSS</span></div>
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
        </span></aside></div>        </div>
    </div>
</div>
</div>

	<!-- Sub Footer -->
	    <div class="td-sub-footer-container td-container-wrap ">
        <div class="td-container">
            <div class="td-pb-row">
                <div class="td-pb-span td-sub-footer-menu">
                    <?php
                    if ( has_nav_menu( 'footer-menu' ) ) {
                        wp_nav_menu(
                            array(
                                'theme_location'  => 'footer-menu',
                                'menu_class'      => 'td-subfooter-menu',
                                'menu_id'         => 'menu-td-demo-footer-menu',
                                'container_class' => 'menu-td-demo-footer-menu-container',
                            )
                        );
                    } else {
                        $tidig_privacy = get_privacy_policy_url();
                        ?>
<div class="menu-td-demo-footer-menu-container"><ul id="menu-td-demo-footer-menu" class="td-subfooter-menu"><li id="menu-item-2001" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-first td-menu-item td-normal-menu menu-item-2001"><a href="<?php echo esc_url( home_url( '/om-oss/' ) ); ?>">Om oss</a></li>
<li id="menu-item-2002" class="menu-item menu-item-type-custom menu-item-object-custom td-menu-item td-normal-menu menu-item-2002"><a href="<?php echo esc_url( $tidig_privacy ? $tidig_privacy : home_url( '/integritetspolicy/' ) ); ?>">Integritetspolicy</a></li>
<li id="menu-item-2003" class="menu-item menu-item-type-custom menu-item-object-custom td-menu-item td-normal-menu menu-item-2003"><a href="<?php echo esc_url( home_url( '/kontakt/' ) ); ?>">Kontakt</a></li>
</ul></div>
                        <?php
                    }
                    ?>
                </div>

                <div class="td-pb-span td-sub-footer-copy">
                    &copy; <?php echo esc_html( wp_date( 'Y' ) ); ?> <?php bloginfo( 'name' ); ?>. Alla rättigheter förbehållna.                </div>
            </div>
        </div>
    </div>
    
            </div><!--close td-outer-wrap-->
            

    <!--

        Theme: Newspaper by tagDiv.com 2022
        Version: 12.1 (rara)
        Deploy mode: deploy
        
        uid: 6390f2a7b1c4d
    -->

    
<?php wp_footer(); ?>

</body>
</html>
