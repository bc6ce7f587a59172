<div id="wide-nav" class="header-bottom wide-nav hide-for-medium">
    <div class="flex-row container">

                        <div class="flex-col hide-for-medium flex-left">
                <ul class="nav header-nav header-bottom-nav nav-left  nav-line-bottom nav-uppercase">
                    <li id="menu-item-121" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-121 menu-item-design-default"><a href="<?php echo esc_url( home_url( '/produktkategori/sakerhet/' ) ); ?>" class="nav-top-link">Säkerhet</a></li>
<li id="menu-item-122" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-122 menu-item-design-default"><a href="<?php echo esc_url( home_url( '/produktkategori/energi/' ) ); ?>" class="nav-top-link">Spara energi</a></li>
<li id="menu-item-123" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-123 menu-item-design-default"><a href="<?php echo esc_url( home_url( '/produktkategori/forvaring/' ) ); ?>" class="nav-top-link">Förvaring</a></li>
<li id="menu-item-124" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-124 menu-item-design-default"><a href="<?php echo esc_url( home_url( '/produktkategori/tradgard-balkong/' ) ); ?>" class="nav-top-link">Trädgård &amp; balkong</a></li>
<li id="menu-item-125" class="menu-item menu-item-type-taxonomy menu-item-object-product_cat menu-item-125 menu-item-design-default"><a href="<?php echo esc_url( home_url( '/produktkategori/rea/' ) ); ?>" class="nav-top-link">Rea</a></li>
                </ul>
            </div>
            
            
                        <div class="flex-col hide-for-medium flex-right flex-grow">
              <ul class="nav header-nav header-bottom-nav nav-right  nav-line-bottom nav-uppercase">
                   <li class="html custom html_nav_position_text">Hyresgäst hos oss? Du får 10&nbsp;% rabatt med din kundkod.</li>              </ul>
            </div>
            
            
    </div>
</div>
