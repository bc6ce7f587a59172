<li class="account-item has-icon
    "
>

<a href="<?php echo esc_url( home_url( '/mitt-konto/' ) ); ?>"
    class="nav-top-link nav-top-not-logged-in is-small"
    data-open="#login-form-popup"  >
    <span>
    Logga in     </span>
  
</a>



</li>
