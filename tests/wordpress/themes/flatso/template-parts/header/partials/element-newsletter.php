<li class="header-newsletter-item has-icon">

<a href="#header-newsletter-signup" class="tooltip is-small"
  title="Prenumerera på vårt nyhetsbrev">

      <i class="icon-envelop"></i>
  
      <span class="header-newsletter-title hide-for-medium">
      Nyhetsbrev    </span>
  </a>
	<div id="header-newsletter-signup"
	     class="lightbox-by-id lightbox-content mfp-hide lightbox-white "
	     style="max-width:700px ;padding:0px">
		
  <div class="banner has-hover" id="banner-1301886351">
          <div class="banner-inner fill">
        <div class="banner-bg fill" >
            <div class="bg fill bg-fill "></div>
                        <div class="overlay"></div>            
	<div class="is-border is-dashed"
		style="border-color:rgba(255,255,255,.3);border-width:2px 2px 2px 2px;margin:10px;">
	</div>
                    </div>
		
        <div class="banner-layers container">
            <div class="fill banner-link"></div>            
   <div id="text-box-1741447201" class="text-box banner-layer x10 md-x10 lg-x10 y50 md-y50 lg-y50 res-text">
                     <div data-animate="fadeInUp">           <div class="text-box-content text dark">
              
              <div class="text-inner text-left">
                  <h3 class="uppercase">Prenumerera på vårt nyhetsbrev</h3><p class="lead">Få erbjudanden och nyheter från Bostadsbutiken och bloggen direkt i inkorgen.</p><?php echo flatso_cf7_newsletter_form( 7042, 'wpcf7-f7042-o1' ); // phpcs:ignore ?>
              </div>
           </div>
       </div>                     
   </div>
         </div>
      </div>
  </div>
	</div>
</li>
